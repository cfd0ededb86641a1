using ConnectorBot.Privacy;

namespace ConnectorBot.Intros.NeverList;

/// <summary>Registers the never lists: the store (member data), the <see cref="INeverList"/> port and the command.</summary>
public static class NeverListRegistration
{
    public static IServiceCollection AddNeverList(this IServiceCollection services)
    {
        services.AddSingleton<NeverListStore>();
        services.AddSingleton<IMemberData>(provider => provider.GetRequiredService<NeverListStore>());
        services.AddSingleton<INeverList, NeverListExclusions>();
        services.AddSingleton<Teammates>();
        services.AddSingleton<NeverCommand>();
        return services;
    }
}
