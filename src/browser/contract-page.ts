/** The contract view page (filled in by the contract view work). */
export {};
