using System.CommandLine;

var root = new RootCommand("Quorum: committee management and democratic transparency for UK councils.");
return root.Parse(args).Invoke();
