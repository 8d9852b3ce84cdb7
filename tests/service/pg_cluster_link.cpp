// The throwaway PostgreSQL cluster of the store tests, compiled into this test program
// too (each tests/<area> folder is its own program), so imports also run on PostgreSQL.
#include "../store/pg_cluster.cpp"
