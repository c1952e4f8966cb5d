using Quorum.Cli;

return await QuorumCli.Root().Parse(args).InvokeAsync();
