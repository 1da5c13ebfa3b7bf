/** The claims of patterns/model/sf11-case-meeting.yaml, checked as `collabsim patterns check` checks them. */
import { checkPatternFile } from './checkPatternFile.js';

checkPatternFile('sf11-case-meeting.yaml');
