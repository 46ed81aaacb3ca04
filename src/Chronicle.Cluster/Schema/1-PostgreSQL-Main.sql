-- Orleans' ADO.NET providers read their SQL from this table at start: one named query per row
-- (SELECT QueryKey, QueryText FROM OrleansQuery). The NuGet packages do not ship the scripts, so Chronicle keeps
-- its own. Every statement here is idempotent: silos apply the whole schema at every start, under an advisory lock.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY(QueryKey)
);
