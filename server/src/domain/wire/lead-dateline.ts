/**
 * "BEIRUT (AFP) -", "Tripoli, 12 sept 2023 (AFP) -", "LEWISTON, Maine (AP) —", EFE's "MADRID, Dec 3 (EFE).-": the
 * place a lead is filed from.
 */
const DATELINE = /^([^()\n]{2,80}?)\s*\((?:AFP|Reuters|AP|dpa|DPA|EFE|ANSA|Xinhua|Anadolu|Belga|ATS|Keystone-ATS|APA|Kyodo|Yonhap|Bernama|UPI|[A-Z]{2,8})\)\.?\s*[-–—]+\s*/u;

export interface LeadDateline {
  /** The place (and date), as written: "Tripoli, 12 sept 2023". */
  place: string;
  /** Where the place starts in the text, and where the lead's own text starts after the dash. */
  placeStart: number;
  textStart: number;
}

/** The dateline a lead opens with, or null. */
export function readLeadDateline(text: string): LeadDateline | null {
  const match = DATELINE.exec(text);
  if (match === null) return null;
  const place = match[1].trim().replace(/[,\s]+$/u, '');
  return { place, placeStart: text.indexOf(place), textStart: match[0].length };
}
