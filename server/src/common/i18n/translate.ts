import { errorResources, type ErrorCode, type FieldProblem, type Language } from '@sstc/shared';

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function errorMessage(code: ErrorCode, language: Language, params?: Record<string, string | number>): string {
  return interpolate(errorResources[language].errors[code], params);
}

export function fieldMessage(problem: FieldProblem, language: Language): string {
  return errorResources[language].fields[problem];
}
