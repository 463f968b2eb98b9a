// An example for the README's code review: the library's Redis lock with its classic flaws.
public class InventoryLock {

    private final JedisPool pool;

    public InventoryLock(JedisPool pool) {
        this.pool = pool;
    }

    public boolean acquire(String sku) {
        try (Jedis jedis = pool.getResource()) {
            Long created = jedis.setnx("lock:sku:" + sku, "locked");
            if (created == 1L) {
                jedis.expire("lock:sku:" + sku, 30);
                return true;
            }
            return false;
        }
    }

    public void release(String sku) {
        try (Jedis jedis = pool.getResource()) {
            jedis.del("lock:sku:" + sku);
        }
    }

    public void reserve(String sku, int quantity, StockRepository stock) throws InterruptedException {
        while (!acquire(sku)) {
            Thread.sleep(50);
        }
        stock.decrement(sku, quantity);
        release(sku);
    }
}
