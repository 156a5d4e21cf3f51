"""Scale-out: the same stages as a Dask graph over many workers."""
