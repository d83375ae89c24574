/** A town's matrix of who answers for what, as its pages call it. */
export const MATRIX_NAME = "安全生产职责矩阵";

/** This tool's own name: the default site title, the Word files' creator, the calendars' producer. */
export const PRODUCT_NAME = `乡镇${MATRIX_NAME}`;
