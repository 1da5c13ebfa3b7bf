/** The claims of patterns/model/sf08-boundary-spanners.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('sf08-boundary-spanners.yaml');
