/** The claims of patterns/model/p4-cross-experience.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('p4-cross-experience.yaml');
