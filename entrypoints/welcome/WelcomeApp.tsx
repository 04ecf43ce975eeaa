export function WelcomeApp() { return <main />; }
