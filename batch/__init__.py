"""``reportdiff batch``: compare every story of a folder (one subfolder per story) on a process pool or a Dask
cluster and write one report per story. Qt-free; the window never imports it."""
