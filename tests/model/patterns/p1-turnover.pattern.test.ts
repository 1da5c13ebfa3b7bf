/** The claims of patterns/model/p1-turnover.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('p1-turnover.yaml');
