/** The claims of patterns/model/sf10-top600.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('sf10-top600.yaml');
