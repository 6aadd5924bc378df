import { config } from 'zod';

// Each schema here is used a handful of times per run; zod's JIT would compile
// a parser (new Function) for each on first use, which costs more than it saves
// and sits on the path to the first vendor request. Imported before any schema
// is built, since zod reads this setting when a schema is made.
config({ jitless: true });
