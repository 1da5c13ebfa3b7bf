/** The field an organisation works in. `coordination` is the network's own coordinating office. */
export type Domain =
  | 'security'
  | 'justice'
  | 'municipal'
  | 'care'
  | 'youth'
  | 'education'
  | 'social'
  | 'housing'
  | 'coordination';

/** A kind of intervention an organisation can deliver. */
export type Power =
  | 'enforce'
  | 'prosecute'
  | 'administrative'
  | 'care'
  | 'youthcare'
  | 'education'
  | 'support'
  | 'housing'
  | 'probation';

/**
 * Governance form (Provan & Kenis 2008): `nao` a neutral network administrative organisation
 * (safety house, RIEC), `lead` a lead partner directs (Top600, municipal approach), `shared`
 * no coordinator (ad hoc, self-governed).
 */
export type GovernanceForm = 'nao' | 'lead' | 'shared';

/** The kind of problem a case is. */
export type CaseType = 'crime' | 'radicalisation' | 'both';
