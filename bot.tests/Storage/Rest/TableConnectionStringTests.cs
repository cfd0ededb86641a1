using ConnectorBot.Storage.Rest;

namespace ConnectorBot.Tests.Storage.Rest;

public class TableConnectionStringTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Development_storage_points_at_the_emulator()
    {
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(Key, parsed.AccountKey);
    }

    [Fact]
    public void A_development_proxy_replaces_scheme_and_host_only()
    {
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true;DevelopmentStorageProxyUri=https://emulator.local");

        Assert.Equal(new Uri("https://emulator.local:10002/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Fact]
    public void Account_key_form_builds_the_endpoint_from_protocol_and_suffix()
    {
        var parsed = TableConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://contoso.table.core.chinacloudapi.cn"), parsed.TableEndpoint);
        Assert.Equal("contoso", parsed.AccountName);
    }

    [Fact]
    public void An_explicit_table_endpoint_wins_and_values_split_at_the_first_equals_only()
    {
        var parsed = TableConnectionString.Parse($"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:5555/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:5555/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal(Key, parsed.AccountKey);
    }

    [Fact]
    public void Sas_form_takes_the_account_from_the_endpoint()
    {
        var parsed = TableConnectionString.Parse("TableEndpoint=https://contoso.table.core.windows.net/;SharedAccessSignature=?sv=2020-12-06&ss=t&sig=abc");

        Assert.Equal("contoso", parsed.AccountName);
        Assert.Equal("sv=2020-12-06&ss=t&sig=abc", parsed.SharedAccessSignature);
        Assert.Null(parsed.AccountKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AccountName=contoso")]
    [InlineData("SharedAccessSignature=sv=1&sig=x")]
    [InlineData("AccountName=a;AccountName=b;AccountKey=" + Key)]
    [InlineData("garbage")]
    public void Bad_connection_strings_are_refused_without_echoing_secrets(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => TableConnectionString.Parse(connectionString));

        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parsed_form_does_not_print_its_key()
    {
        Assert.DoesNotContain(Key, TableConnectionString.Parse("UseDevelopmentStorage=true").ToString(), StringComparison.Ordinal);
    }
}
