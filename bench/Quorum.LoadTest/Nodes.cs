using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

/// <summary>A site node (<c>dotnet Quorum.Web.dll</c>) or nginx, started by a benchmark and stopped by it.</summary>
internal sealed class BenchProcess : IDisposable
{
    private readonly Process process;
    private readonly string? folder;

    private BenchProcess(Process process, Uri address, string? folder)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    /// <summary>
    /// Starts one site node on a free port, configured the way an operator configures one (environment variables),
    /// and waits until <c>/health</c> answers; the per-address limits are off, since every benchmark client is one address.
    /// </summary>
    public static async Task<BenchProcess> StartNodeAsync(string webDll, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ContentRoot(webDll) };
        start.ArgumentList.Add(Path.GetFullPath(webDll));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Demo__SeedWhenEmpty"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["RateLimits__SearchPerMinute"] = "0";
        start.Environment["RateLimits__ApiPerMinute"] = "0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var node = new BenchProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), folder: null);
        // The site's warnings go to the console, marked by node, so an error under load is seen where it happens.
        node.process.OutputDataReceived += (_, e) => Echo(port, e.Data);
        node.process.ErrorDataReceived += (_, e) => Echo(port, e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(10) };
        await WaitUntilAsync(node, async () => (await http.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromMinutes(10));
        return node;
    }

    /// <summary>nginx on 127.0.0.1 in front of <paramref name="nodes"/>, round robin, as <c>deploy/nginx/quorum.conf</c> without TLS.</summary>
    public static async Task<BenchProcess> StartNginxAsync(IEnumerable<BenchProcess> nodes)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed (apt-get install nginx).");
        var folder = Directory.CreateTempSubdirectory("quorum-bench-nginx-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // Run as root, nginx's workers drop to nobody, who must be able to write its temporary files.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }
        var port = FreePort();
        var upstream = string.Concat(nodes.Select(n => $"    server {n.Address.Host}:{n.Address.Port};\n"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 4096; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream quorum {
            {{upstream}}    keepalive 256;
              }
              server {
                listen 127.0.0.1:{{port}} backlog=4096;
                client_max_body_size 50m;
                location / {
                  proxy_pass http://quorum;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  proxy_read_timeout 300s;
                }
              }
            }
            """);
        var start = new ProcessStartInfo(nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", "stderr", "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }
        var proxy = new BenchProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), folder);
        proxy.process.ErrorDataReceived += (_, e) => Echo(port, e.Data);
        proxy.process.BeginErrorReadLine();
        await WaitUntilAsync(proxy, async () =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }, TimeSpan.FromSeconds(20));
        return proxy;
    }

    /// <summary>CPU seconds (user and system) used so far by this process and its children that have been reaped.</summary>
    public double CpuSeconds() => ProcessCpu.Seconds(process.Id) + (folder is null ? 0 : ProcessCpu.ChildrenSeconds(process.Id));

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The folder holding <c>wwwroot</c>: beside a published site's dll, or the project folder above a build's
    /// <c>bin/Release/net10.0</c>, so the stylesheets and scripts are served either way.
    /// </summary>
    private static string ContentRoot(string webDll)
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(webDll))!);
        for (var up = folder; up is not null && up != folder.Parent?.Parent?.Parent?.Parent; up = up.Parent)
        {
            if (Directory.Exists(Path.Combine(up.FullName, "wwwroot")))
            {
                return up.FullName;
            }
        }
        return folder.FullName;
    }

    private static void Echo(int port, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.WriteLine($"  [{port}] {line}");
        }
    }

    private static async Task WaitUntilAsync(BenchProcess started, Func<Task<bool>> ready, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (started.process.HasExited)
            {
                throw new InvalidOperationException($"{started.Address} exited with code {started.process.ExitCode} while starting.");
            }
            try
            {
                if (await ready())
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or SocketException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{started.Address} did not answer within {limit.TotalSeconds:0} s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>CPU time from Linux's <c>/proc</c>: what a process, its children or the whole machine used.</summary>
internal static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    public static double Seconds(int pid) => Fields(pid) is { } f ? (f[11] + f[12]) / TicksPerSecond : 0;

    /// <summary>The CPU of a process's children while they run (nginx's workers, PostgreSQL's backends), read one by one.</summary>
    public static double ChildrenSeconds(int pid) =>
        Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var id) ? id : 0)
            .Where(id => id > 0 && Fields(id) is { } f && (int)f[1] == pid).Sum(Seconds);

    /// <summary>The machine's busy and total CPU seconds since boot, over all cores.</summary>
    public static (double Busy, double Total) Machine()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = cpu[3] + cpu[4];
        var total = cpu.Take(8).Sum();
        return ((total - idle) / TicksPerSecond, total / TicksPerSecond);
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    // The fields after the command (which may hold spaces), numbered from the state as field 0: ppid is 1, utime 11, stime 12.
    private static double[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return [.. stat[(stat.LastIndexOf(')') + 2)..].Split(' ').Select(v => double.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : 0)];
        }
        catch (IOException)
        {
            return null;
        }
    }
}
