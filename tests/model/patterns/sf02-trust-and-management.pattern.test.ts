/** The claims of patterns/model/sf02-trust-and-management.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('sf02-trust-and-management.yaml');
