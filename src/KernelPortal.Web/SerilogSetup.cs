using Serilog;
using Serilog.Formatting.Compact;

namespace KernelPortal.Web;

/// <summary>Serilog for the web host: levels from configuration, structured console output.</summary>
internal static class SerilogSetup
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static void Configure(LoggerConfiguration logger, IConfiguration configuration, IServiceProvider services)
    {
        logger.ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext();

        // One JSON object per line for log collectors; a readable line with its properties for people.
        if (configuration.GetValue("Serilog:Json", false))
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            logger.WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
