/** The fragment of the contract view's map of differences: the guide's step on mismatched moments links to `/contract/#where-you-differ`. */
export const MAP_SECTION_ID = "where-you-differ";
