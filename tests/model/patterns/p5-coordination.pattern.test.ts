/** The claims of patterns/model/p5-coordination.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('p5-coordination.yaml');
