/** The claims of patterns/model/p3-narrative.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('p3-narrative.yaml');
