/** Required by the CC BY 4.0 licence of the O*NET data used for job titles (see README). */
export const ONET_ATTRIBUTION =
  'Includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. USDOL/ETA has not approved, endorsed, or tested these modifications.';
