/** The claims of patterns/model/sf03-office-or-resources.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('sf03-office-or-resources.yaml');
