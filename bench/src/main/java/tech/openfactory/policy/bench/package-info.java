/** Benchmarks and the generators of large inputs they run on; see bench/run.sh and bench/RESULTS.md. */
package tech.openfactory.policy.bench;
