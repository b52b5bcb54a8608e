export { compileValidator, validateFast, type CompiledValidator } from './validateFast';
