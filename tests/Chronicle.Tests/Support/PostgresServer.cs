using System.Diagnostics;
using Npgsql;

namespace Chronicle.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL server for a test class: <c>initdb</c> into a fresh temp folder, <c>pg_ctl start</c> on a
/// free loopback port with its socket inside that folder and trust authentication, then stop and delete on dispose.
/// As root the binaries run as the <c>postgres</c> user (initdb refuses root). Use it as a class fixture and call
/// <see cref="Require"/> first in each test: without the binaries it skips with the reason, or fails when
/// <c>CI</c> is set (CI must not skip silently).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Where Debian's <c>postgresql</c> package puts the server binaries; <c>CHRONICLE_PG_BIN</c> overrides it.</summary>
    public const string DefaultBinaries = "/usr/lib/postgresql/15/bin";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string binaries = Environment.GetEnvironmentVariable("CHRONICLE_PG_BIN") is { Length: > 0 } bin ? bin : DefaultBinaries;
    private string? folder;
    private string? unavailable;

    public int Port { get; private set; }

    /// <summary>The server's superuser connection string for <paramref name="database"/>.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ToString();

    /// <summary>Skips the test (or fails it under CI) when the server could not be started, with the reason.</summary>
    public void Require()
    {
        if (unavailable is null)
            return;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Assert.Fail($"PostgreSQL is required under CI: {unavailable}");
        Assert.Skip(unavailable);
    }

    /// <summary>A new empty database on the server, by a name unique to this call; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        Require();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Path.Combine(binaries, "initdb")) || !File.Exists(Path.Combine(binaries, "pg_ctl")))
        {
            unavailable = $"no PostgreSQL server binaries in {binaries} (install Debian's postgresql package, or set CHRONICLE_PG_BIN)";
            return;
        }

        folder = Directory.CreateTempSubdirectory("chronicle-pg-").FullName;
        Port = LoopbackPort.Free();
        try
        {
            if (IsRoot)
                await RunAsync("chown", "postgres", folder);
            await RunPostgresAsync("initdb", "-D", Data, "-A", "trust", "-U", "postgres", "--no-sync");
            await RunPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "log"), "-w", "start",
                "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300");
        }
        catch (InvalidOperationException e)
        {
            unavailable = $"the throwaway PostgreSQL did not start: {e.Message}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is null)
            return;
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            await RunPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        Directory.Delete(folder, recursive: true);
    }

    private string Data => Path.Combine(folder!, "data");

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunPostgresAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, tool), .. arguments])
            : RunAsync(Path.Combine(binaries, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await errors}{await output}");
    }
}
