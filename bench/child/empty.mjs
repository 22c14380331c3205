// Cold-start baseline: an empty node process (reports its RSS at exit).
process.stdout.write(JSON.stringify({ ms: 0, rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed }));
