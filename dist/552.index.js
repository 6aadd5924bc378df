export const id = 552;
export const ids = [552];
export const modules = {

/***/ 9552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   core: () => (/* binding */ core),
/* harmony export */   maskHeldSecrets: () => (/* binding */ maskHeldSecrets)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6670);


const redacted = (write) => ((...args) => write(...args.map((arg) => (typeof arg === 'string' ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(arg) : arg))));
/**
 * @actions/core with every line, annotation, group title and output redacted
 * (redact.ts): the last guard before the runner, for text that no escape saw.
 * setSecret is left as it is, for it must get the secret itself.
 */
const core = {
    ..._actions_core__WEBPACK_IMPORTED_MODULE_0__,
    debug: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.debug),
    info: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.info),
    notice: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.notice),
    warning: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.warning),
    error: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.error),
    setFailed: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed),
    setOutput: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput),
    startGroup: redacted(_actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup),
};
/** Tells the runner to mask every secret the gate holds (`::add-mask::`), before anything is written. */
function maskHeldSecrets() {
    for (const secret of (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .heldSecrets */ .hH)())
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret);
}


/***/ })

};
