/** Kept for existing imports: label inference lives in ./labels/ (one module per layer). */
export { labelOfControl, labelOfGroup, optionLabel, beginLabelPass, endLabelPass } from './labels';
