// Direct database access for integration tests: the same client the app uses, on this file's database.
import { db } from '@/lib/server/db';
export const testDb = () => db();
