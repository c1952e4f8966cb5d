// Most of a web test's time is spent waiting: on Kestrel, on Chromium, on a deliberately slowed sign-in, on a killed
// process coming back. Two test classes at a time (xUnit's default on two cores) leaves the CPU idle while both wait,
// so four run at once.
[assembly: Xunit.v3.Parallelization(MaxThreads = 4)]
