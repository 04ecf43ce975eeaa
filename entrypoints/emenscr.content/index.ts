export default defineContentScript({
  matches: ['https://emenscr.nesdc.go.th/*'],
  excludeMatches: ['https://emenscr.nesdc.go.th/auth/*'],
  main() {},
});
