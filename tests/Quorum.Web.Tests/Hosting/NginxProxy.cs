using System.Diagnostics;
using System.Net.Sockets;

namespace Quorum.Web.Tests.Hosting;

/// <summary>
/// nginx (Debian's, which <c>test.sh</c> installs) on 127.0.0.1 in front of several site nodes, round robin, set up
/// as <c>deploy/nginx/quorum.conf</c> is, without TLS. Skips when nginx is missing, unless the test script requires
/// the PostgreSQL half of the suite (then it fails).
/// </summary>
public sealed class NginxProxy : IDisposable
{
    private readonly Process process;
    private readonly string folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(IEnumerable<Uri> nodes)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        if (nginx is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("QUORUM_REQUIRE_POSTGRES") == "1", "nginx is not installed (test.sh installs it).");
            Assert.Skip("nginx is not installed: apt-get install nginx, or run ./test.sh.");
        }
        var folder = Directory.CreateTempSubdirectory("quorum-nginx-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // Run as root, nginx's workers drop to nobody, who must be able to write its temporary files.
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }
        var port = SiteProcess.FreePort();
        var upstream = string.Concat(nodes.Select(n => $"    server {n.Host}:{n.Port};\n"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 512; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream quorum {
            {{upstream}}    keepalive 16;
              }
              server {
                listen 127.0.0.1:{{port}};
                client_max_body_size 50m;
                location / {
                  proxy_pass http://quorum;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host:$server_port;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                }
              }
            }
            """, TestContext.Current.CancellationToken);
        var start = new ProcessStartInfo(nginx) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", "stderr", "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var listening = await SiteProcess.EventuallyAsync(async () =>
        {
            if (process.HasExited)
            {
                return true;
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(100));
        Assert.True(listening && !process.HasExited, $"nginx did not start: {(process.HasExited ? await errors : "")}");
        return new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
