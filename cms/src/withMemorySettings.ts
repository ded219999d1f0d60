// Imported first by server.ts, so the server re-executes with its memory settings before it loads
// Next.js and Payload (see memorySettings.ts).
import { execWithMemorySettings } from './memorySettings.ts'

execWithMemorySettings()
