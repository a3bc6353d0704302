import { dirname, join } from "node:path"

export const CONFIG_FILE_NAME = "crosscheck.config.json"

/**
 * The configuration files a run looks for, in order (the first that exists is read): `--config
 * FILE` alone if given, else `crosscheck.config.json` in the working directory, else in the corpus
 * root (a `.jsonl` corpus: its directory). Plain Node: the replay path reads it too.
 */
export const configCandidates = (
  options: { readonly explicit: string | undefined; readonly corpus: string | undefined; readonly corpusIsDirectory: boolean }
): ReadonlyArray<string> =>
  options.explicit !== undefined
    ? [options.explicit]
    : options.corpus === undefined
    ? [CONFIG_FILE_NAME]
    : [CONFIG_FILE_NAME, join(options.corpusIsDirectory ? options.corpus : dirname(options.corpus), CONFIG_FILE_NAME)]
