using Chronicle.Cli;

return await CliApp.RunAsync(args);
