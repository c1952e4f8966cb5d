using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// The site as its own process (<c>dotnet Quorum.Web.dll</c>, configured by environment variables as an operator
/// would), the command line as another, and the waiting both need.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private SiteProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Uri Address { get; }

    /// <summary>What the process wrote, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the site on <paramref name="port"/> and waits until <c>/health</c> answers 200; from the build beside
    /// the tests unless <paramref name="appDirectory"/> names another (a published or unpacked one).
    /// </summary>
    public static async Task<SiteProcess> StartAsync(int port, IReadOnlyDictionary<string, string> environment, string? appDirectory = null)
    {
        appDirectory ??= AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = appDirectory };
        start.ArgumentList.Add(Path.Combine(appDirectory, "Quorum.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Demo__SeedWhenEmpty"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var site = new SiteProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = site.Address };
        var up = await EventuallyAsync(async () =>
        {
            if (site.process.HasExited)
            {
                return true;
            }
            try
            {
                return (await http.GetAsync("/health", Ct)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        });
        if (!up || site.process.HasExited)
        {
            site.Dispose();
            Assert.Fail($"the site on port {port} did not start:\n{site.Output}");
        }
        return site;
    }

    public void Kill() => process.Kill(entireProcessTree: true);

    public Task WaitForExitAsync() => process.WaitForExitAsync(Ct);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }

    public static async Task<bool> EventuallyAsync(Func<Task<bool>> check, TimeSpan? within = null, TimeSpan? every = null)
    {
        // Checked at least once, however little time is left.
        var clock = Stopwatch.StartNew();
        while (!await check())
        {
            if (clock.Elapsed >= (within ?? TimeSpan.FromSeconds(120)))
            {
                return false;
            }
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(250), Ct);
        }
        return true;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <c>quorum</c> with <paramref name="stdin"/> on its standard input.</summary>
    public static async Task<(int ExitCode, string Output)> RunCliAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quorum.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output + await error);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
