// The store tests' throwaway PostgreSQL cluster, compiled into this program too (each
// tests/ folder is its own program), so that the demo is also loaded into PostgreSQL.
#include "../store/pg_cluster.cpp"
