// cluster-key-slot comes with ioredis (its slot function) and ships no types.
declare module "cluster-key-slot" {
  /** The Redis Cluster slot (CRC16 of the hash tag or the key, mod 16384). */
  export default function calculateSlot(key: string): number;
}
