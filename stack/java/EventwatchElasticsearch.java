// Starts one Elasticsearch node through the cluster runner's API. The runner's own CLI
// cannot set network.host or the transport port and refuses HTTP ports above 9299.
// Usage: EventwatchElasticsearch BASE_PATH CLUSTER_NAME key=value...

import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;

public final class EventwatchElasticsearch {
    private EventwatchElasticsearch() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EventwatchElasticsearch BASE_PATH CLUSTER_NAME key=value...");
            System.exit(2);
        }
        String httpPort = null;
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("http.port=")) {
                httpPort = args[i].substring("http.port=".length());
            }
        }
        ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            for (int i = 2; i < args.length; i++) {
                int eq = args[i].indexOf('=');
                settings.put(args[i].substring(0, eq), args[i].substring(eq + 1));
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("close failed: " + e);
            }
        }));
        ElasticsearchClusterRunner.Configs configs = new ElasticsearchClusterRunner.Configs()
                .basePath(args[0]).clusterName(args[1]).numOfNode(1).printOnFailure();
        if (httpPort != null) {
            configs.baseHttpPort(Integer.parseInt(httpPort) - 1);
        }
        runner.build(configs);
        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }
}
