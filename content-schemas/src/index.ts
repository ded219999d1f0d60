export * from './locales.ts'
export * from './enums.ts'
export * from './text.ts'
export * from './schemas/index.ts'
