package io.cairn.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Records every statement a store executes through {@link #wrap}ped connections, with the
 * parameters bound to it, so that a test can replay it under EXPLAIN. Wraps only JDBC, never the
 * store's own code.
 */
final class StatementLog {

    /** One parameter as bound: the setter called and its arguments, index first. */
    record Binding(Method setter, Object[] arguments) {

        void replay(PreparedStatement statement) throws SQLException {
            try {
                setter.invoke(statement, arguments);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A statement as executed. */
    record Executed(String sql, List<Binding> bindings) {

        /** Prepares {@code prefix + sql} on {@code connection} with the same parameters. */
        PreparedStatement replay(Connection connection, String prefix) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(prefix + sql);
            for (Binding binding : bindings) {
                binding.replay(statement);
            }
            return statement;
        }
    }

    private final List<Executed> executed = Collections.synchronizedList(new ArrayList<>());

    /** The statements executed during {@code work}. */
    List<Executed> during(Runnable work) {
        executed.clear();
        work.run();
        return List.copyOf(executed);
    }

    DataSource wrap(DataSource dataSource) {
        return new Recording(dataSource);
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, (proxy, method, arguments) -> {
            Object result = call(connection, method, arguments);
            if (method.getName().equals("prepareStatement")) {
                return statement((PreparedStatement) result, (String) arguments[0]);
            }
            if (method.getName().equals("createStatement")) {
                return statement((Statement) result);
            }
            return result;
        });
    }

    private Statement statement(Statement statement) {
        return proxy(Statement.class, (proxy, method, arguments) -> {
            String name = method.getName();
            if ((name.equals("executeQuery") || name.equals("execute")) && method.getParameterCount() == 1) {
                executed.add(new Executed((String) arguments[0], List.of()));
            }
            return call(statement, method, arguments);
        });
    }

    private PreparedStatement statement(PreparedStatement statement, String sql) {
        List<Binding> bindings = new ArrayList<>();
        return proxy(PreparedStatement.class, (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set")
                    && method.getParameterCount() >= 2
                    && method.getParameterTypes()[0] == int.class) {
                bindings.add(new Binding(method, arguments.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if ((name.equals("executeQuery") || name.equals("execute")) && method.getParameterCount() == 0) {
                executed.add(new Executed(sql, List.copyOf(bindings)));
            }
            return call(statement, method, arguments);
        });
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private final class Recording implements DataSource {

        private final DataSource dataSource;

        Recording(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(dataSource.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(dataSource.getConnection(username, password));
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return dataSource.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            dataSource.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            dataSource.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return dataSource.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return dataSource.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return dataSource.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return dataSource.isWrapperFor(type);
        }
    }
}
