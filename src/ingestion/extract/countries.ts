/** Moved to the countries stage; kept so existing imports of this path go on working. */
export * from "../stages/countries";
