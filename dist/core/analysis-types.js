export {};
//# sourceMappingURL=analysis-types.js.map