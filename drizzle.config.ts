import { defineConfig } from 'drizzle-kit';

// Only used by developers to generate a new forward-only migration: npx drizzle-kit generate
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
